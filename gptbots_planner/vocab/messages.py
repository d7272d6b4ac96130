"""Message codes: every error and note a user reads, as a stable code and its parameters.

A :class:`Message` is data (``code`` + ``params``); its words come from the one template
registered here for the code.  The command line and JSON print :meth:`Message.english`
(parameters as given: ids, numbers); the GUI, the workbook and the CSV call
:func:`render` with a translator, which translates the template and shows each parameter
the way its declared kind reads in that language (a field id as the field's label, a
billing type id as the platform's name ...).  Nobody matches words: translations go by code.

To add a message: register it below with :func:`register` in the section of its layer,
raise or store ``message("code", name=value)``, run ``scripts/update_translations.py``
and translate the template in Qt Linguist.  ``tests/test_vocab.py`` fails when a code has
no English or no Chinese text, or a translation drops a placeholder.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal, Self

from gptbots_planner.vocab import billing, fields, roles, tokenizers
from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text, Translate, english, fill

log = logging.getLogger(__name__)

# how a parameter reads in a language: as written, or as the label of a vocabulary id
ParamKind = Literal["text", "field", "field_unit", "billing_type", "role", "tokenizer", "key_mode"]

CONTEXT = "Messages"


@dataclass(frozen=True)
class MessageSpec:
    code: str
    template: Text
    params: Mapping[str, ParamKind]


MESSAGES: dict[str, MessageSpec] = {}


def register(code: str, template: Text, **params: ParamKind) -> MessageSpec:
    """Declare ``code``; every ``{name}`` of the template needs a declared kind (default text)."""
    if code in MESSAGES:
        raise ValueError(f"message code {code!r} registered twice")
    kinds: dict[str, ParamKind] = {name: "text" for name in template.fields()}
    unknown = set(params) - set(kinds)
    if unknown:
        raise ValueError(f"{code}: parameters {sorted(unknown)} are not in the template")
    kinds.update(params)
    spec = MessageSpec(code, template, MappingProxyType(kinds))
    MESSAGES[code] = spec
    return spec


@dataclass(frozen=True)
class Message:
    """A user-facing error or note: a registered code and its parameters (as strings)."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in MESSAGES:
            raise KeyError(f"unregistered message code {self.code!r}")

    @property
    def spec(self) -> MessageSpec:
        return MESSAGES[self.code]

    def english(self) -> str:
        """The text the CLI, logs and JSON show: the English template, parameters as given."""
        return fill(self.spec.template.source, self.params)

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "params": dict(self.params), "text": self.english()}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Message:
        params = data.get("params") or {}
        if not isinstance(params, Mapping):
            raise ValueError("message params must be an object")
        return cls(str(data["code"]), {str(k): str(v) for k, v in params.items()})

    def __str__(self) -> str:
        return self.english()


def message(code: str, **params: object) -> Message:
    """``Message(code, params)`` with every parameter turned into a string."""
    return Message(code, {k: str(v) for k, v in params.items()})


def _param_text(kind: ParamKind, value: str, translate: Translate) -> str:
    if kind == "field" and value in fields.FIELDS:
        return translate(fields.FIELDS[value].label)
    if kind == "field_unit" and value in fields.FIELDS:
        spec = fields.FIELDS[value]
        label = translate(spec.label)
        return f"{label} ({translate(spec.unit)})" if spec.unit else label
    if kind == "billing_type" and value in billing.BILLING_TYPES:
        return translate(billing.BILLING_TYPES[value].name)
    if kind == "role" and value in roles.ROLES:
        return translate(roles.ROLES[value].label)
    if kind == "tokenizer" and value in tokenizers.TOKENIZERS:
        return value  # ids are what vendors' documentation calls them
    if kind == "key_mode" and value in billing.KEY_MODES:
        return translate(billing.KEY_MODES[value])
    return value


def render(msg: Message, translate: Translate = english) -> str:
    """The message in the translator's language, each parameter shown as its kind reads."""
    spec = msg.spec
    shown = {
        name: _param_text(spec.params.get(name, "text"), value, translate)
        for name, value in msg.params.items()
    }
    return fill(translate(spec.template), shown)


class MessageError(ValueError):
    """An error that carries a :class:`Message`; ``str()`` is its English text."""

    def __init__(self, msg: Message) -> None:
        super().__init__(msg.english())
        self.message = msg

    @classmethod
    def of(cls, code: str, **params: object) -> Self:
        return cls(message(code, **params))


# --- estimate notes (core.estimate) -----------------------------------------------------
register(
    "approximate_counts",
    QT_TRANSLATE_NOOP("Messages", "counted with another tokenizer than {tokenizer}: {items}"),
    tokenizer="tokenizer",
)
register(
    "approximate_tokenizer",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{model}: tokens counted with {tokenizer} as an approximation "
        "(the vendor's own tokenizer is not public or not bundled)",
    ),
    tokenizer="tokenizer",
)
register(
    "missing_measure",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{assumption} is {value} but {measure} is 0 (no item with that role, nothing "
        "entered): that part of the estimate is 0",
    ),
    assumption="field",
    measure="field_unit",
)
register(
    "retrieval_exceeds_kb",
    QT_TRANSLATE_NOOP(
        "Messages",
        "each turn retrieves {retrieved} tokens of knowledge, more than the knowledge base "
        "holds ({knowledge} tokens): lower the chunks or the chunk size",
    ),
)
register(
    "no_audio",
    QT_TRANSLATE_NOOP(
        "Messages", "{model} takes no audio: voice messages are billed as ASR instead"
    ),
)
register(
    "unpriced",
    QT_TRANSLATE_NOOP("Messages", "{type} is used but has no price: enter one in the catalog"),
    type="billing_type",
)

# --- plan field validation (core.plan, core.money) ----------------------------------------
# The GUI shows these under the input without the field's id (its own short texts, by code);
# the CLI prints the English with the id. ``{value}`` is the value as typed (or its repr where
# the message quotes it).
register(
    "number_expected",
    QT_TRANSLATE_NOOP("Messages", "{field}: expected a number, got {value}"),
)
register("not_a_number", QT_TRANSLATE_NOOP("Messages", "{field}: {value} is not a number"))
register("not_finite", QT_TRANSLATE_NOOP("Messages", "{field}: {value} is not a finite number"))
register(
    "below_minimum",
    QT_TRANSLATE_NOOP("Messages", "{field}: must be at least {minimum} ({unit}), got {value}"),
)
register(
    "above_maximum",
    QT_TRANSLATE_NOOP("Messages", "{field}: must be at most {maximum} ({unit}), got {value}"),
)
register("not_whole", QT_TRANSLATE_NOOP("Messages", "{field}: must be a whole number, got {value}"))
register("negative", QT_TRANSLATE_NOOP("Messages", "{field}: cannot be negative"))
register(
    "not_a_choice",
    QT_TRANSLATE_NOOP("Messages", "{field}: must be one of {choices}, got {value}"),
)
register(
    "not_a_month", QT_TRANSLATE_NOOP("Messages", "{field}: must look like 2027-01, got {value}")
)
register(
    "unknown_field",
    QT_TRANSLATE_NOOP("Messages", "unknown field {field}; known fields: {known}"),
)
