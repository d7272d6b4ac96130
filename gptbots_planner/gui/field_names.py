"""Translated names of the plan's fields, settings choices and services, and the inline
reason under an input the plan refused.

Labels, units, help texts and choices are declared once in ``gptbots_planner.vocab.fields``
(key modes in ``vocab.billing``); this module only translates them.  The form's own words
(the "Both (compare)" key choice, the language choice, the short refusals under an input)
are declared here.
"""

from __future__ import annotations

import logging
from decimal import Decimal, InvalidOperation

from gptbots_planner.core.money import plain
from gptbots_planner.core.plan import Plan
from gptbots_planner.gui.settings import BOTH_KEY_MODES
from gptbots_planner.gui.texts import error_text, innermost_message, tr
from gptbots_planner.vocab import billing, fields
from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

_BOTH = QT_TRANSLATE_NOOP("PlanFields", "Both (compare)")
_SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("PlanFields", "System language")
_THEMES = {
    "system": QT_TRANSLATE_NOOP("PlanFields", "System"),
    "light": QT_TRANSLATE_NOOP("PlanFields", "Light"),
    "dark": QT_TRANSLATE_NOOP("PlanFields", "Dark"),
}

# Under the input the field is plain to see: its refusal says what to type, in few words,
# without the field's id the plan's message starts with.  %1 = the bound, %2 = the unit.
_AT_LEAST = QT_TRANSLATE_NOOP("PlanFields", "Must be at least %1 %2.")
_AT_MOST = QT_TRANSLATE_NOOP("PlanFields", "Must be at most %1 %2.")
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("PlanFields", "Not a number: type digits, e.g. 12 or 0.5.")
SHORT_ERRORS: dict[str, Text] = {
    "below_minimum": _AT_LEAST,
    "above_maximum": _AT_MOST,
    "number_expected": _NOT_A_NUMBER,
    "not_a_number": _NOT_A_NUMBER,
    "not_finite": _NOT_A_NUMBER,
    "not_whole": QT_TRANSLATE_NOOP("PlanFields", "Must be a whole number."),
    "negative": QT_TRANSLATE_NOOP("PlanFields", "Cannot be negative."),
    "not_a_month": QT_TRANSLATE_NOOP("PlanFields", "Must be a month such as 2027-01."),
}
#: the message parameter that holds the bound, for the short texts that show one
_BOUND_PARAM = {"below_minimum": "minimum", "above_maximum": "maximum"}


_HUNDRED = Decimal(100)


def is_percent(name: str) -> bool:
    """Whether the field is entered and shown in percent (``FieldSpec.percent``)."""
    spec = fields.FIELDS.get(name)
    return spec is not None and spec.percent


def percent_text(share: Decimal) -> str:
    """A stored fraction as the percentage people type: ``0.05`` -> ``"5"``."""
    return plain(share * _HUNDRED)


def share_from_percent(text: str) -> str:
    """The fraction a typed percentage stands for (``"20 %"`` -> ``"0.2"``); text that is
    not a number goes on as typed, so the plan refuses it with its own reason."""
    try:
        value = Decimal(text.strip().rstrip("%").strip().replace(",", ""))
    except InvalidOperation:
        return text
    return plain(value / _HUNDRED) if value.is_finite() else text


def shown_value(name: str, value: Decimal) -> str:
    """A typed field's value as its input shows it (percent fields in percent)."""
    return percent_text(value) if is_percent(name) else plain(value)


def field_label(name: str) -> str:
    spec = fields.FIELDS.get(name)
    return tr(spec.label) if spec is not None else name


def field_unit(name: str) -> str:
    spec = fields.FIELDS.get(name)
    return tr(spec.unit) if spec is not None and spec.unit is not None else ""


def field_help(name: str) -> str:
    spec = fields.FIELDS.get(name)
    return tr(spec.help) if spec is not None and spec.help is not None else ""


def choice_labels(setting: str) -> dict[str, str]:
    """Choices of a plan setting (values are the plan's ids), of the key mode, or of the
    app's language (values are the settings' codes)."""
    if setting == "key_mode":
        modes = {mode: tr(label) for mode, label in billing.KEY_MODES.items()}
        return {**modes, BOTH_KEY_MODES: tr(_BOTH)}
    if setting == "theme":
        return {value: tr(label) for value, label in _THEMES.items()}
    if setting == "language":
        # Each language by its own name: whoever needs to switch reads it.
        return {"": tr(_SYSTEM_LANGUAGE), "en": "English", "zh_CN": "简体中文"}
    return {c.value: tr(c.label) for c in fields.FIELDS[setting].choices}


def field_error(name: str, error: BaseException) -> str:
    """Why the plan refused a typed value, in the user's language, for the line under the input.

    ``error`` is the plan's refusal; one that carries a message code (``.message``) shows a
    short form by its code, with the field's own unit, or else the rendered message.  An
    error without a code shows its own text.
    """
    msg = innermost_message(error)
    if msg is None or msg.code not in SHORT_ERRORS:
        return error_text(error)
    short = SHORT_ERRORS[msg.code]
    bound = msg.params.get(_BOUND_PARAM.get(msg.code, ""), "")
    if bound and is_percent(name):
        bound = percent_text(Decimal(str(bound)))
    unit = field_unit(name)
    text = tr(short).replace("%1", bound).replace("%2", unit)
    # No unit (a plan name, a setting): "Must be at least 0 ." reads wrong.
    return text.replace(" .", ".") if not unit else text


def field_text(plan: Plan, name: str) -> str | None:
    """A typed field's current value as ``plan.set_field`` takes it back (None: not typed)."""
    if name in fields.ASSUMPTIONS:
        return plain(plan.assumptions[name])
    if name in fields.MEASURES:
        value = plan.overrides.get(name)
        return "" if value is None else plain(value)
    if name == "start_month":
        return plan.settings.start_month
    if name == "name":
        return plan.name
    return None
