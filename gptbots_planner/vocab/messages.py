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
from gptbots_planner.vocab.component_messages import COMPONENT_MESSAGES
from gptbots_planner.vocab.detail_messages import DETAIL_MESSAGES
from gptbots_planner.vocab.measure_messages import MEASUREMENT_MESSAGES
from gptbots_planner.vocab.persistence_messages import PERSISTENCE_MESSAGES
from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text, Translate, english, fill
from gptbots_planner.vocab.tokenizer_messages import TOKENIZER_NOTES

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

# --- plan files, plans and catalogs (core/) -----------------------------------------------
# ``{where}`` names the file, row or field a message is about, as the English text names it
# (a path, "plan.gbplan: items row 2"); quoted values are given as their repr.  A wrapping
# code (``in_context``, ``in_section``, ``in_field``) prefixes another message's English
# (``{error}``); the error object keeps the inner message as ``cause``.
register("in_context", QT_TRANSLATE_NOOP("Messages", "{where}: {error}"))
register("in_section", QT_TRANSLATE_NOOP("Messages", "{where}: {section}.{error}"))
register("in_field", QT_TRANSLATE_NOOP("Messages", "{where}: field '{key}': {error}"))
register("at_least", QT_TRANSLATE_NOOP("Messages", "{field}: must be at least {minimum}"))
register(
    "between",
    QT_TRANSLATE_NOOP("Messages", "{field}: must be between {minimum} and {maximum}"),
)
register(
    "above_limit", QT_TRANSLATE_NOOP("Messages", "{field}: must be at most {maximum}, got {value}")
)
register("unknown_assumption", QT_TRANSLATE_NOOP("Messages", "unknown assumption {name}"))
register(
    "bad_key_mode",
    QT_TRANSLATE_NOOP("Messages", "key mode must be one of {choices}, got {value}"),
)
register(
    "unknown_key_mode_alias",
    QT_TRANSLATE_NOOP(
        "Messages", "unknown key mode {value}: use gptbots (GPTBots key) or own (own key)"
    ),
)
register("unknown_item_role", QT_TRANSLATE_NOOP("Messages", "item {name}: unknown role {role}"))
register(
    "unknown_role",
    QT_TRANSLATE_NOOP("Messages", "{where}: unknown role {role}; expected one of {choices}"),
)
register("must_be_object", QT_TRANSLATE_NOOP("Messages", "{where}: must be an object"))
register(
    "field_not_a_choice",
    QT_TRANSLATE_NOOP("Messages", "{where}: field '{key}' must be one of {choices}"),
)
register("field_not_text", QT_TRANSLATE_NOOP("Messages", "{where}: field '{key}' must be a string"))
register(
    "field_empty",
    QT_TRANSLATE_NOOP("Messages", "{where}: field '{key}' must be a non-empty string"),
)
register(
    "field_negative", QT_TRANSLATE_NOOP("Messages", "{where}: field '{key}' cannot be negative")
)
register(
    "field_not_count",
    QT_TRANSLATE_NOOP("Messages", "{where}: field '{key}' must be a whole number of 0 or more"),
)
register(
    "field_not_token_counts",
    QT_TRANSLATE_NOOP("Messages", "{where}: field '{key}' must map tokenizer names to counts"),
)
register(
    "field_not_object", QT_TRANSLATE_NOOP("Messages", "{where}: field '{key}' must be an object")
)
register("field_not_list", QT_TRANSLATE_NOOP("Messages", "{where}: field '{key}' must be a list"))
register("missing_field", QT_TRANSLATE_NOOP("Messages", "{where}: missing field '{key}'"))
register(
    "not_a_plan",
    QT_TRANSLATE_NOOP("Messages", "{where}: not a plan (the top level must be an object)"),
)
register(
    "not_plan_format",
    QT_TRANSLATE_NOOP("Messages", "{where}: not a GPTBots plan file (format is {format})"),
)
register(
    "bad_schema_version",
    QT_TRANSLATE_NOOP("Messages", "{where}: schema_version must be a positive whole number"),
)
register(
    "newer_schema",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{where}: written by a newer version of the app (schema {version}; "
        "this one reads up to {supported})",
    ),
)
register("section_not_object", QT_TRANSLATE_NOOP("Messages", "{where}: {key} must be an object"))
register("section_not_list", QT_TRANSLATE_NOOP("Messages", "{where}: {key} must be a list"))
register(
    "unknown_measure", QT_TRANSLATE_NOOP("Messages", "{where}: overrides: unknown measure {name}")
)
register(
    "scenario_row_shape",
    QT_TRANSLATE_NOOP("Messages", "{where}: scenarios row {row}: needs 'model' and 'key_mode'"),
)
register("no_plan_file", QT_TRANSLATE_NOOP("Messages", "{where}: no such plan file"))
register("plan_unreadable", QT_TRANSLATE_NOOP("Messages", "{where}: cannot be read ({reason})"))
register("plan_is_folder", QT_TRANSLATE_NOOP("Messages", "{where}: is a folder, not a plan file"))
register(
    "plan_too_large",
    QT_TRANSLATE_NOOP("Messages", "{where}: too large to be a plan file ({size} bytes)"),
)
register(
    "plan_not_utf8", QT_TRANSLATE_NOOP("Messages", "{where}: not a plan file (not UTF-8 text)")
)
register(
    "plan_bad_json",
    QT_TRANSLATE_NOOP(
        "Messages", "{where}: not a plan file (invalid JSON at line {line}: {reason})"
    ),
)
register("plan_invalid", QT_TRANSLATE_NOOP("Messages", "{where}: not a valid plan file ({error})"))
register("no_example_plans", QT_TRANSLATE_NOOP("Messages", "no example plans are installed"))
register("no_example_plan", QT_TRANSLATE_NOOP("Messages", "no example plan named {name}"))
register(
    "no_scenarios",
    QT_TRANSLATE_NOOP(
        "Messages", "the plan compares no model: choose at least one model and key mode"
    ),
)
register(
    "numbers_too_large",
    QT_TRANSLATE_NOOP(
        "Messages",
        "the plan's numbers are too large to compute: lower conversations_per_month, "
        "monthly_growth or months",
    ),
)
register("negative_credits", QT_TRANSLATE_NOOP("Messages", "credits cannot be negative"))
register(
    "unknown_image_rule",
    QT_TRANSLATE_NOOP("Messages", "unknown image rule {kind}; expected one of {choices}"),
)
register(
    "bad_image_size",
    QT_TRANSLATE_NOOP("Messages", "image size must be positive, got {width}x{height}"),
)
register(
    "negative_price",
    QT_TRANSLATE_NOOP("Messages", "{where}: a price cannot be negative ({value})"),
)
register("not_positive", QT_TRANSLATE_NOOP("Messages", "{where}: must be positive"))
register(
    "ambiguous_model",
    QT_TRANSLATE_NOOP("Messages", "model {query} is ambiguous: use one of {choices}"),
)
register("unknown_model", QT_TRANSLATE_NOOP("Messages", "unknown model {query}"))
register(
    "unknown_model_near",
    QT_TRANSLATE_NOOP("Messages", "unknown model {query}; did you mean {near}?"),
)
register("unknown_service", QT_TRANSLATE_NOOP("Messages", "unknown {category} model {query}"))
register(
    "bad_text_prices_from",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{where}: llm {model}: field 'text_prices_from' must name another text model, got {value}",
    ),
)
register(
    "billing_types_mismatch",
    QT_TRANSLATE_NOOP("Messages", "{where}: billing_types must be exactly {expected}"),
)
register("duplicate_id", QT_TRANSLATE_NOOP("Messages", "{where}: duplicate id '{id}'"))
register("no_rows", QT_TRANSLATE_NOOP("Messages", "{where}: {category} has no rows"))
register(
    "not_json_object", QT_TRANSLATE_NOOP("Messages", "{where}: the top level must be a JSON object")
)
register(
    "bad_catalog_schema",
    QT_TRANSLATE_NOOP("Messages", "{where}: field 'schema' must be 1, got {value}"),
)
register("bad_user_schema", QT_TRANSLATE_NOOP("Messages", "{where}: field 'schema' must be 1"))
register(
    "invalid_json",
    QT_TRANSLATE_NOOP(
        "Messages", "{where}: not valid JSON (line {line}, column {column}): {reason}"
    ),
)
register("not_utf8", QT_TRANSLATE_NOOP("Messages", "{where}: not UTF-8 text"))
register("unknown_fields", QT_TRANSLATE_NOOP("Messages", "{where}: unknown field(s) {fields}"))
register(
    "id_conflict",
    QT_TRANSLATE_NOOP("Messages", "{where}: id '{id}' conflicts with an existing model"),
)
register(
    "bad_category",
    QT_TRANSLATE_NOOP("Messages", "{where}: field 'category' must be llm or one of {choices}"),
)
register(
    "not_key_mode_object", QT_TRANSLATE_NOOP("Messages", "{where}: must be an object of key modes")
)
register("unknown_key_mode", QT_TRANSLATE_NOOP("Messages", "{where}: unknown key mode '{mode}'"))
register(
    "not_price_pair", QT_TRANSLATE_NOOP("Messages", "{where}: must be an object with input/output")
)
register("unknown_price_field", QT_TRANSLATE_NOOP("Messages", "{where}: unknown field '{key}'"))
register(
    "no_such_model",
    QT_TRANSLATE_NOOP("Messages", "{where}: no model with id '{id}' in the catalog"),
)
register("not_open_type", QT_TRANSLATE_NOOP("Messages", "{where}: not one of {choices}"))
register(
    "no_such_llm", QT_TRANSLATE_NOOP("Messages", "{where}: no LLM with id '{id}' in the catalog")
)
register(
    "price_file_invalid",
    QT_TRANSLATE_NOOP("Messages", "{where}: not a valid price file ({error})"),
)
register(
    "no_custom_model",
    QT_TRANSLATE_NOOP("Messages", "no custom model with id '{id}' in your catalog"),
)

# --- measurement (measure/) ---------------------------------------------------------------
# The codes a Measurement's error and warnings carry (texts in ``measure_messages``).
for _code, _template in MEASUREMENT_MESSAGES:
    register(_code, _template)

# --- comparison: provider bill, context, reasoning (core/) ---
register(
    "provider_price_derived",
    QT_TRANSLATE_NOOP(
        "Messages",
        "own key: the model vendor's bill uses {model}'s list price derived from the page "
        "(own-key fee x 10): {input} / {output} USD per 1M input / output tokens; enter the real "
        "price under provider_prices in your price file",
    ),
)
register(
    "provider_price_inconsistent",
    QT_TRANSLATE_NOOP(
        "Messages",
        "own key: the page's {direction} prices of {model} are not 11 x apart (GPTBots key {gptbots} "
        "vs own key {own}, {ratio} x), so the vendor's price is derived from the GPTBots-key price "
        "/ 1.1 instead; enter the real price under provider_prices in your price file",
    ),
)
register(
    "context_window_exceeded",
    QT_TRANSLATE_NOOP(
        "Messages",
        "the largest call ({tokens} tokens: input, output and reasoning) exceeds {model}'s context "
        "window of {window} tokens; this scenario is never the cheapest",
    ),
)
register(
    "context_window_unknown",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{model}'s context window is unknown: the largest call ({tokens} tokens) is not checked",
    ),
)
register(
    "reasoning_tokens",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{model} is a reasoning model: {tokens} hidden reasoning tokens per turn "
        "(reasoning_tokens_per_call x calls) are billed at the output price",
    ),
)
register(
    "retrieval_without_knowledge",
    QT_TRANSLATE_NOOP(
        "Messages",
        "retrieval is on ({chunks} chunks per turn) but the knowledge base is empty in {months} "
        "month(s): nothing is retrieved, embedded or reranked then, and it costs nothing",
    ),
)
register(
    "kb_growth_timing",
    QT_TRANSLATE_NOOP(
        "Messages",
        "knowledge added after month 1 is stored from the day it is added (kb_growth_timing: "
        "{timing}; evenly = half the month's days on average, first_day = the whole month)",
    ),
)

# --- persistence (plans, settings, autosave, user catalog) ---
for _code, _template in PERSISTENCE_MESSAGES:  # texts in ``persistence_messages``
    register(_code, _template)
register(
    "month_out_of_range",
    QT_TRANSLATE_NOOP("Messages", "{field}: must be a month from {first} to {last}, got {value}"),
    field="field",
)

# --- workflow components (core/) ---
# components, memory by turn, spoken replies, text on audio rows (table: component_messages);
# the words of a measurement's detail ("PDF, 2 pages"; table: detail_messages)
for _code, _template, _kinds in (*TOKENIZER_NOTES, *COMPONENT_MESSAGES, *DETAIL_MESSAGES):
    register(_code, _template, **_kinds)  # type: ignore[arg-type]
